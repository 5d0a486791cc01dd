; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_read(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_read" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 16, !dbg !48
  %1 = bitcast i8* %0 to i32*, !dbg !48
  %2 = load i32, i32* %1, align 4, !dbg !48
  %3 = zext i32 %2 to i64, !dbg !48
  %4 = getelementptr i8, i8* %ctx, i64 32, !dbg !48
  %5 = bitcast i8* %4 to i64*, !dbg !48
  %6 = load i64, i64* %5, align 8, !dbg !48
  %7 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %8 = bitcast i8* %7 to i64*, !dbg !48
  %9 = load i64, i64* %8, align 8, !dbg !48
  %10 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 88, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %10, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %11 = bitcast i8* %10 to i64*, !dbg !48
  store i64 1, i64* %11, align 8, !dbg !48
  %12 = getelementptr i8, i8* %10, i64 8, !dbg !48
  %13 = bitcast i8* %12 to i64*, !dbg !48
  store i64 %3, i64* %13, align 8, !dbg !48
  %14 = getelementptr i8, i8* %10, i64 16, !dbg !48
  %15 = bitcast i8* %14 to i64*, !dbg !48
  store i64 %3, i64* %15, align 8, !dbg !48
  %16 = getelementptr i8, i8* %10, i64 24, !dbg !48
  %17 = bitcast i8* %16 to i64*, !dbg !48
  store i64 %6, i64* %17, align 8, !dbg !48
  %18 = getelementptr i8, i8* %10, i64 32, !dbg !48
  %19 = bitcast i8* %18 to i64*, !dbg !48
  store i64 %6, i64* %19, align 8, !dbg !48
  %20 = getelementptr i8, i8* %10, i64 40, !dbg !48
  %21 = bitcast i8* %20 to i64*, !dbg !48
  store i64 %6, i64* %21, align 8, !dbg !48
  %22 = getelementptr i8, i8* %10, i64 48, !dbg !48
  %23 = bitcast i8* %22 to i64*, !dbg !48
  store i64 %6, i64* %23, align 8, !dbg !48
  %24 = getelementptr i8, i8* %10, i64 56, !dbg !48
  %25 = bitcast i8* %24 to i64*, !dbg !48
  store i64 65, i64* %25, align 8, !dbg !48
  %26 = getelementptr i8, i8* %10, i64 64, !dbg !48
  %27 = bitcast i8* %26 to i64*, !dbg !48
  store i64 %9, i64* %27, align 8, !dbg !48
  %28 = getelementptr i8, i8* %10, i64 72, !dbg !48
  %29 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %28, i32 16) #0, !dbg !48
  %30 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %31 = icmp ugt i64 %30, 65536, !dbg !48
  %32 = select i1 %31, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %10, i64 %32) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %33 = bitcast i32* %zero to i8*, !dbg !48
  %34 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %33) #0, !dbg !48
  %.not16 = icmp eq i8* %34, null, !dbg !48
  br i1 %.not16, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %35 = load i32, i32* %1, align 4, !dbg !49
  %36 = zext i32 %35 to i64, !dbg !49
  %37 = load i64, i64* %5, align 8, !dbg !49
  %38 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 96, i64 0) #0, !dbg !49
  %.not17 = icmp eq i8* %38, null, !dbg !49
  br i1 %.not17, label %rec.lost2, label %rec.fill1, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %39 = bitcast i8* %34 to i64*, !dbg !48
  %40 = load i64, i64* %39, align 8, !dbg !48
  %41 = add i64 %40, 1, !dbg !48
  store i64 %41, i64* %39, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill1:                                        ; preds = %rec.done
  %42 = bitcast i8* %38 to i64*, !dbg !49
  store i64 4294967297, i64* %42, align 8, !dbg !49
  %43 = getelementptr i8, i8* %38, i64 8, !dbg !49
  %44 = bitcast i8* %43 to i64*, !dbg !49
  store i64 %36, i64* %44, align 8, !dbg !49
  %45 = getelementptr i8, i8* %38, i64 16, !dbg !49
  %46 = bitcast i8* %45 to i64*, !dbg !49
  store i64 %36, i64* %46, align 8, !dbg !49
  %47 = getelementptr i8, i8* %38, i64 24, !dbg !49
  %48 = bitcast i8* %47 to i64*, !dbg !49
  store i64 %36, i64* %48, align 8, !dbg !49
  %49 = getelementptr i8, i8* %38, i64 32, !dbg !49
  %50 = bitcast i8* %49 to i64*, !dbg !49
  store i64 %36, i64* %50, align 8, !dbg !49
  %51 = getelementptr i8, i8* %38, i64 40, !dbg !49
  %52 = bitcast i8* %51 to i64*, !dbg !49
  store i64 %37, i64* %52, align 8, !dbg !49
  %53 = getelementptr i8, i8* %38, i64 48, !dbg !49
  %54 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %53, i32 16) #0, !dbg !49
  %55 = getelementptr i8, i8* %38, i64 64, !dbg !49
  %56 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %55, i32 16) #0, !dbg !49
  %57 = getelementptr i8, i8* %38, i64 80, !dbg !49
  %58 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %57, i32 16) #0, !dbg !49
  %59 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %60 = icmp ugt i64 %59, 65536, !dbg !49
  %61 = select i1 %60, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %38, i64 %61) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %rec.done
  %62 = bitcast i32* %zero to i8*, !dbg !49
  %63 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %62) #0, !dbg !49
  %.not18 = icmp eq i8* %63, null, !dbg !49
  br i1 %.not18, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %64 = load i32, i32* %1, align 4, !dbg !50
  %65 = zext i32 %64 to i64, !dbg !50
  %66 = load i64, i64* %5, align 8, !dbg !50
  %67 = load i64, i64* %8, align 8, !dbg !50
  %68 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 64, i64 0) #0, !dbg !50
  %.not19 = icmp eq i8* %68, null, !dbg !50
  br i1 %.not19, label %rec.lost7, label %rec.fill6, !dbg !50

stat.inc4:                                        ; preds = %rec.lost2
  %69 = bitcast i8* %63 to i64*, !dbg !49
  %70 = load i64, i64* %69, align 8, !dbg !49
  %71 = add i64 %70, 1, !dbg !49
  store i64 %71, i64* %69, align 8, !dbg !49
  br label %rec.done3, !dbg !49

rec.fill6:                                        ; preds = %rec.done3
  %72 = bitcast i8* %68 to i64*, !dbg !50
  store i64 8589934593, i64* %72, align 8, !dbg !50
  %73 = getelementptr i8, i8* %68, i64 8, !dbg !50
  %74 = bitcast i8* %73 to i64*, !dbg !50
  store i64 %65, i64* %74, align 8, !dbg !50
  %75 = getelementptr i8, i8* %68, i64 16, !dbg !50
  %76 = bitcast i8* %75 to i64*, !dbg !50
  store i64 %66, i64* %76, align 8, !dbg !50
  %77 = getelementptr i8, i8* %68, i64 24, !dbg !50
  %78 = bitcast i8* %77 to i64*, !dbg !50
  store i64 %65, i64* %78, align 8, !dbg !50
  %79 = getelementptr i8, i8* %68, i64 32, !dbg !50
  %80 = bitcast i8* %79 to i64*, !dbg !50
  store i64 %66, i64* %80, align 8, !dbg !50
  %81 = getelementptr i8, i8* %68, i64 40, !dbg !50
  %82 = bitcast i8* %81 to i64*, !dbg !50
  store i64 %65, i64* %82, align 8, !dbg !50
  %83 = getelementptr i8, i8* %68, i64 48, !dbg !50
  %84 = bitcast i8* %83 to i64*, !dbg !50
  store i64 %65, i64* %84, align 8, !dbg !50
  %85 = getelementptr i8, i8* %68, i64 56, !dbg !50
  %86 = bitcast i8* %85 to i64*, !dbg !50
  store i64 %67, i64* %86, align 8, !dbg !50
  %87 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %88 = icmp ugt i64 %87, 65536, !dbg !50
  %89 = select i1 %88, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %68, i64 %89) #0, !dbg !50
  br label %rec.done8, !dbg !50

rec.lost7:                                        ; preds = %rec.done3
  %90 = bitcast i32* %zero to i8*, !dbg !50
  %91 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %90) #0, !dbg !50
  %.not20 = icmp eq i8* %91, null, !dbg !50
  br i1 %.not20, label %rec.done8, label %stat.inc9, !dbg !50

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %92 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !51
  %.not21 = icmp eq i8* %92, null, !dbg !51
  br i1 %.not21, label %rec.lost12, label %rec.fill11, !dbg !51

stat.inc9:                                        ; preds = %rec.lost7
  %93 = bitcast i8* %91 to i64*, !dbg !50
  %94 = load i64, i64* %93, align 8, !dbg !50
  %95 = add i64 %94, 1, !dbg !50
  store i64 %95, i64* %93, align 8, !dbg !50
  br label %rec.done8, !dbg !50

rec.fill11:                                       ; preds = %rec.done8
  %96 = bitcast i8* %92 to i64*, !dbg !51
  store i64 12884901889, i64* %96, align 8, !dbg !51
  %97 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !51
  %98 = icmp ugt i64 %97, 65536, !dbg !51
  %99 = select i1 %98, i64 2, i64 1, !dbg !51
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %92, i64 %99) #0, !dbg !51
  br label %rec.done13, !dbg !51

rec.lost12:                                       ; preds = %rec.done8
  %100 = bitcast i32* %zero to i8*, !dbg !51
  %101 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %100) #0, !dbg !51
  %.not22 = icmp eq i8* %101, null, !dbg !51
  br i1 %.not22, label %rec.done13, label %stat.inc14, !dbg !51

rec.done13:                                       ; preds = %rec.lost12, %stat.inc14, %rec.fill11
  ret i32 0, !dbg !47

stat.inc14:                                       ; preds = %rec.lost12
  %102 = bitcast i8* %101 to i64*, !dbg !51
  %103 = load i64, i64* %102, align 8, !dbg !51
  %104 = add i64 %103, 1, !dbg !51
  store i64 %104, i64* %102, align 8, !dbg !51
  br label %rec.done13, !dbg !51
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "printf_formats.tp", directory: ".")
!4 = !{!0, !5}
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
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_read", linkageName: "tp0_sys_enter_read", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 5, column: 2, scope: !40)
!50 = !DILocation(line: 7, column: 2, scope: !40)
!51 = !DILocation(line: 9, column: 2, scope: !40)
