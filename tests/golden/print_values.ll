; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [104 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !55
  %.not = icmp eq i8* %0, null, !dbg !55
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !55

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !55
  store i64 2, i64* %1, align 8, !dbg !55
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !55
  %3 = bitcast i8* %2 to i64*, !dbg !55
  store i64 1, i64* %3, align 8, !dbg !55
  %4 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !55
  %5 = icmp ugt i64 %4, 65536, !dbg !55
  %6 = select i1 %5, i64 2, i64 1, !dbg !55
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %6) #0, !dbg !55
  br label %rec.done, !dbg !55

rec.lost:                                         ; preds = %entry
  %7 = bitcast i32* %zero to i8*, !dbg !55
  %8 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %7) #0, !dbg !55
  %.not32 = icmp eq i8* %8, null, !dbg !55
  br i1 %.not32, label %rec.done, label %stat.inc, !dbg !55

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !56
  %.not33 = icmp eq i8* %9, null, !dbg !56
  br i1 %.not33, label %rec.lost2, label %rec.fill1, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %10 = bitcast i8* %8 to i64*, !dbg !55
  %11 = load i64, i64* %10, align 8, !dbg !55
  %12 = add i64 %11, 1, !dbg !55
  store i64 %12, i64* %10, align 8, !dbg !55
  br label %rec.done, !dbg !55

rec.fill1:                                        ; preds = %rec.done
  %13 = bitcast i8* %9 to i64*, !dbg !56
  store i64 4294967298, i64* %13, align 8, !dbg !56
  %14 = getelementptr i8, i8* %9, i64 8, !dbg !56
  %15 = bitcast i8* %14 to i64*, !dbg !56
  store i64 -1, i64* %15, align 8, !dbg !56
  %16 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %17 = icmp ugt i64 %16, 65536, !dbg !56
  %18 = select i1 %17, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %18) #0, !dbg !56
  br label %rec.done3, !dbg !56

rec.lost2:                                        ; preds = %rec.done
  %19 = bitcast i32* %zero to i8*, !dbg !56
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %19) #0, !dbg !56
  %.not34 = icmp eq i8* %20, null, !dbg !56
  br i1 %.not34, label %rec.done3, label %stat.inc4, !dbg !56

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %21 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !57
  %.not35 = icmp eq i8* %21, null, !dbg !57
  br i1 %.not35, label %rec.lost7, label %rec.fill6, !dbg !57

stat.inc4:                                        ; preds = %rec.lost2
  %22 = bitcast i8* %20 to i64*, !dbg !56
  %23 = load i64, i64* %22, align 8, !dbg !56
  %24 = add i64 %23, 1, !dbg !56
  store i64 %24, i64* %22, align 8, !dbg !56
  br label %rec.done3, !dbg !56

rec.fill6:                                        ; preds = %rec.done3
  %25 = bitcast i8* %21 to i64*, !dbg !57
  store i64 8589934594, i64* %25, align 8, !dbg !57
  %26 = getelementptr i8, i8* %21, i64 8, !dbg !57
  store i8 116, i8* %26, align 1, !dbg !57
  %27 = getelementptr i8, i8* %21, i64 9, !dbg !57
  store i8 101, i8* %27, align 1, !dbg !57
  %28 = getelementptr i8, i8* %21, i64 10, !dbg !57
  store i8 120, i8* %28, align 1, !dbg !57
  %29 = getelementptr i8, i8* %21, i64 11, !dbg !57
  store i8 116, i8* %29, align 1, !dbg !57
  %30 = getelementptr i8, i8* %21, i64 12, !dbg !57
  store i8 0, i8* %30, align 1, !dbg !57
  %31 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %32 = icmp ugt i64 %31, 65536, !dbg !57
  %33 = select i1 %32, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %21, i64 %33) #0, !dbg !57
  br label %rec.done8, !dbg !57

rec.lost7:                                        ; preds = %rec.done3
  %34 = bitcast i32* %zero to i8*, !dbg !57
  %35 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %34) #0, !dbg !57
  %.not36 = icmp eq i8* %35, null, !dbg !57
  br i1 %.not36, label %rec.done8, label %stat.inc9, !dbg !57

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %36 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !58
  %.not37 = icmp eq i8* %36, null, !dbg !58
  br i1 %.not37, label %rec.lost12, label %rec.fill11, !dbg !58

stat.inc9:                                        ; preds = %rec.lost7
  %37 = bitcast i8* %35 to i64*, !dbg !57
  %38 = load i64, i64* %37, align 8, !dbg !57
  %39 = add i64 %38, 1, !dbg !57
  store i64 %39, i64* %37, align 8, !dbg !57
  br label %rec.done8, !dbg !57

rec.fill11:                                       ; preds = %rec.done8
  %40 = bitcast i8* %36 to i64*, !dbg !58
  store i64 12884901890, i64* %40, align 8, !dbg !58
  %41 = getelementptr i8, i8* %36, i64 8, !dbg !58
  %42 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %41, i32 16) #0, !dbg !58
  %43 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !58
  %44 = icmp ugt i64 %43, 65536, !dbg !58
  %45 = select i1 %44, i64 2, i64 1, !dbg !58
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %36, i64 %45) #0, !dbg !58
  br label %rec.done13, !dbg !58

rec.lost12:                                       ; preds = %rec.done8
  %46 = bitcast i32* %zero to i8*, !dbg !58
  %47 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %46) #0, !dbg !58
  %.not38 = icmp eq i8* %47, null, !dbg !58
  br i1 %.not38, label %rec.done13, label %stat.inc14, !dbg !58

rec.done13:                                       ; preds = %rec.lost12, %stat.inc14, %rec.fill11
  %48 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !59
  %.not39 = icmp eq i8* %48, null, !dbg !59
  br i1 %.not39, label %rec.lost17, label %rec.fill16, !dbg !59

stat.inc14:                                       ; preds = %rec.lost12
  %49 = bitcast i8* %47 to i64*, !dbg !58
  %50 = load i64, i64* %49, align 8, !dbg !58
  %51 = add i64 %50, 1, !dbg !58
  store i64 %51, i64* %49, align 8, !dbg !58
  br label %rec.done13, !dbg !58

rec.fill16:                                       ; preds = %rec.done13
  %52 = bitcast i8* %48 to i64*, !dbg !59
  store i64 17179869186, i64* %52, align 8, !dbg !59
  %53 = getelementptr i8, i8* %48, i64 8, !dbg !59
  %54 = bitcast i8* %53 to i64*, !dbg !59
  store i64 1, i64* %54, align 8, !dbg !59
  %55 = getelementptr i8, i8* %48, i64 16, !dbg !59
  store i8 97, i8* %55, align 1, !dbg !59
  %56 = getelementptr i8, i8* %48, i64 17, !dbg !59
  store i8 0, i8* %56, align 1, !dbg !59
  %57 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !59
  %58 = icmp ugt i64 %57, 65536, !dbg !59
  %59 = select i1 %58, i64 2, i64 1, !dbg !59
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %48, i64 %59) #0, !dbg !59
  br label %rec.done18, !dbg !59

rec.lost17:                                       ; preds = %rec.done13
  %60 = bitcast i32* %zero to i8*, !dbg !59
  %61 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %60) #0, !dbg !59
  %.not40 = icmp eq i8* %61, null, !dbg !59
  br i1 %.not40, label %rec.done18, label %stat.inc19, !dbg !59

rec.done18:                                       ; preds = %rec.lost17, %stat.inc19, %rec.fill16
  %62 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !60
  %.not41 = icmp eq i8* %62, null, !dbg !60
  br i1 %.not41, label %rec.lost23, label %rec.fill22, !dbg !60

stat.inc19:                                       ; preds = %rec.lost17
  %63 = bitcast i8* %61 to i64*, !dbg !59
  %64 = load i64, i64* %63, align 8, !dbg !59
  %65 = add i64 %64, 1, !dbg !59
  store i64 %65, i64* %63, align 8, !dbg !59
  br label %rec.done18, !dbg !59

rec.fill22:                                       ; preds = %rec.done18
  %66 = bitcast i8* %62 to i64*, !dbg !60
  store i64 21474836482, i64* %66, align 8, !dbg !60
  %67 = getelementptr i8, i8* %62, i64 8, !dbg !60
  %68 = bitcast i8* %67 to i64*, !dbg !60
  store i64 7, i64* %68, align 8, !dbg !60
  %69 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !60
  %70 = icmp ugt i64 %69, 65536, !dbg !60
  %71 = select i1 %70, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %62, i64 %71) #0, !dbg !60
  br label %rec.done24, !dbg !60

rec.lost23:                                       ; preds = %rec.done18
  %72 = bitcast i32* %zero to i8*, !dbg !60
  %73 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %72) #0, !dbg !60
  %.not42 = icmp eq i8* %73, null, !dbg !60
  br i1 %.not42, label %rec.done24, label %stat.inc25, !dbg !60

rec.done24:                                       ; preds = %rec.lost23, %stat.inc25, %rec.fill22
  %74 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 72, i64 0) #0, !dbg !61
  %.not43 = icmp eq i8* %74, null, !dbg !61
  br i1 %.not43, label %rec.lost28, label %rec.fill27, !dbg !61

stat.inc25:                                       ; preds = %rec.lost23
  %75 = bitcast i8* %73 to i64*, !dbg !60
  %76 = load i64, i64* %75, align 8, !dbg !60
  %77 = add i64 %76, 1, !dbg !60
  store i64 %77, i64* %75, align 8, !dbg !60
  br label %rec.done24, !dbg !60

rec.fill27:                                       ; preds = %rec.done24
  %78 = bitcast i8* %74 to i64*, !dbg !61
  store i64 25769803778, i64* %78, align 8, !dbg !61
  %79 = getelementptr i8, i8* %74, i64 8, !dbg !61
  %80 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 40) to i64*), align 8, !dbg !61
  %81 = bitcast i8* %79 to i64*, !dbg !61
  store i64 %80, i64* %81, align 8, !dbg !61
  %82 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 48) to i64*), align 8, !dbg !61
  %83 = getelementptr i8, i8* %74, i64 16, !dbg !61
  %84 = bitcast i8* %83 to i64*, !dbg !61
  store i64 %82, i64* %84, align 8, !dbg !61
  %85 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 56) to i64*), align 8, !dbg !61
  %86 = getelementptr i8, i8* %74, i64 24, !dbg !61
  %87 = bitcast i8* %86 to i64*, !dbg !61
  store i64 %85, i64* %87, align 8, !dbg !61
  %88 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 64) to i64*), align 8, !dbg !61
  %89 = getelementptr i8, i8* %74, i64 32, !dbg !61
  %90 = bitcast i8* %89 to i64*, !dbg !61
  store i64 %88, i64* %90, align 8, !dbg !61
  %91 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 72) to i64*), align 8, !dbg !61
  %92 = getelementptr i8, i8* %74, i64 40, !dbg !61
  %93 = bitcast i8* %92 to i64*, !dbg !61
  store i64 %91, i64* %93, align 8, !dbg !61
  %94 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 80) to i64*), align 8, !dbg !61
  %95 = getelementptr i8, i8* %74, i64 48, !dbg !61
  %96 = bitcast i8* %95 to i64*, !dbg !61
  store i64 %94, i64* %96, align 8, !dbg !61
  %97 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 88) to i64*), align 8, !dbg !61
  %98 = getelementptr i8, i8* %74, i64 56, !dbg !61
  %99 = bitcast i8* %98 to i64*, !dbg !61
  store i64 %97, i64* %99, align 8, !dbg !61
  %100 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([104 x i8], [104 x i8]* @tp_ro, i64 0, i64 96) to i64*), align 8, !dbg !61
  %101 = getelementptr i8, i8* %74, i64 64, !dbg !61
  %102 = bitcast i8* %101 to i64*, !dbg !61
  store i64 %100, i64* %102, align 8, !dbg !61
  %103 = getelementptr i8, i8* %74, i64 71, !dbg !61
  store i8 0, i8* %103, align 1, !dbg !61
  %104 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %105 = icmp ugt i64 %104, 65536, !dbg !61
  %106 = select i1 %105, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %74, i64 %106) #0, !dbg !61
  br label %rec.done29, !dbg !61

rec.lost28:                                       ; preds = %rec.done24
  %107 = bitcast i32* %zero to i8*, !dbg !61
  %108 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %107) #0, !dbg !61
  %.not44 = icmp eq i8* %108, null, !dbg !61
  br i1 %.not44, label %rec.done29, label %stat.inc30, !dbg !61

rec.done29:                                       ; preds = %rec.lost28, %stat.inc30, %rec.fill27
  ret i32 0, !dbg !54

stat.inc30:                                       ; preds = %rec.lost28
  %109 = bitcast i8* %108 to i64*, !dbg !61
  %110 = load i64, i64* %109, align 8, !dbg !61
  %111 = add i64 %110, 1, !dbg !61
  store i64 %111, i64* %109, align 8, !dbg !61
  br label %rec.done29, !dbg !61
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "print_values.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 832, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 104, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
!57 = !DILocation(line: 5, column: 2, scope: !47)
!58 = !DILocation(line: 6, column: 2, scope: !47)
!59 = !DILocation(line: 7, column: 2, scope: !47)
!60 = !DILocation(line: 9, column: 2, scope: !47)
!61 = !DILocation(line: 10, column: 2, scope: !47)
