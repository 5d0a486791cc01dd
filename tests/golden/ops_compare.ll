; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_lseek(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_lseek" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 56, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %3, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %4 = icmp ne i64 %2, 5, !dbg !48
  %5 = zext i1 %4 to i64, !dbg !48
  %6 = icmp eq i64 %2, 4, !dbg !48
  %7 = zext i1 %6 to i64, !dbg !48
  %8 = icmp ugt i64 %2, 2, !dbg !48
  %9 = zext i1 %8 to i64, !dbg !48
  %10 = icmp ult i64 %2, 3, !dbg !48
  %11 = zext i1 %10 to i64, !dbg !48
  %12 = icmp ugt i64 %2, 1, !dbg !48
  %13 = zext i1 %12 to i64, !dbg !48
  %14 = bitcast i8* %3 to i64*, !dbg !48
  store i64 1, i64* %14, align 8, !dbg !48
  %15 = getelementptr i8, i8* %3, i64 8, !dbg !48
  %16 = bitcast i8* %15 to i64*, !dbg !48
  store i64 0, i64* %16, align 8, !dbg !48
  %17 = getelementptr i8, i8* %3, i64 16, !dbg !48
  %18 = bitcast i8* %17 to i64*, !dbg !48
  store i64 %13, i64* %18, align 8, !dbg !48
  %19 = getelementptr i8, i8* %3, i64 24, !dbg !48
  %20 = bitcast i8* %19 to i64*, !dbg !48
  store i64 %11, i64* %20, align 8, !dbg !48
  %21 = getelementptr i8, i8* %3, i64 32, !dbg !48
  %22 = bitcast i8* %21 to i64*, !dbg !48
  store i64 %9, i64* %22, align 8, !dbg !48
  %23 = getelementptr i8, i8* %3, i64 40, !dbg !48
  %24 = bitcast i8* %23 to i64*, !dbg !48
  store i64 %7, i64* %24, align 8, !dbg !48
  %25 = getelementptr i8, i8* %3, i64 48, !dbg !48
  %26 = bitcast i8* %25 to i64*, !dbg !48
  store i64 %5, i64* %26, align 8, !dbg !48
  %27 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %28 = icmp ugt i64 %27, 65536, !dbg !48
  %29 = select i1 %28, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %29) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %30 = bitcast i32* %zero to i8*, !dbg !48
  %31 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %30) #0, !dbg !48
  %.not11 = icmp eq i8* %31, null, !dbg !48
  br i1 %.not11, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %32 = getelementptr i8, i8* %ctx, i64 16, !dbg !49
  %33 = bitcast i8* %32 to i32*, !dbg !49
  %34 = load i32, i32* %33, align 4, !dbg !49
  %35 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 40, i64 0) #0, !dbg !49
  %.not12 = icmp eq i8* %35, null, !dbg !49
  br i1 %.not12, label %rec.lost2, label %rec.fill1, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %36 = bitcast i8* %31 to i64*, !dbg !48
  %37 = load i64, i64* %36, align 8, !dbg !48
  %38 = add i64 %37, 1, !dbg !48
  store i64 %38, i64* %36, align 8, !dbg !48
  br label %rec.done, !dbg !48

rec.fill1:                                        ; preds = %rec.done
  %39 = icmp ugt i32 %34, 5, !dbg !49
  %40 = zext i1 %39 to i64, !dbg !49
  %41 = icmp ult i32 %34, 6, !dbg !49
  %42 = zext i1 %41 to i64, !dbg !49
  %43 = icmp ugt i32 %34, 4, !dbg !49
  %44 = zext i1 %43 to i64, !dbg !49
  %45 = icmp ult i32 %34, 3, !dbg !49
  %46 = zext i1 %45 to i64, !dbg !49
  %47 = bitcast i8* %35 to i64*, !dbg !49
  store i64 4294967297, i64* %47, align 8, !dbg !49
  %48 = getelementptr i8, i8* %35, i64 8, !dbg !49
  %49 = bitcast i8* %48 to i64*, !dbg !49
  store i64 %46, i64* %49, align 8, !dbg !49
  %50 = getelementptr i8, i8* %35, i64 16, !dbg !49
  %51 = bitcast i8* %50 to i64*, !dbg !49
  store i64 %44, i64* %51, align 8, !dbg !49
  %52 = getelementptr i8, i8* %35, i64 24, !dbg !49
  %53 = bitcast i8* %52 to i64*, !dbg !49
  store i64 %42, i64* %53, align 8, !dbg !49
  %54 = getelementptr i8, i8* %35, i64 32, !dbg !49
  %55 = bitcast i8* %54 to i64*, !dbg !49
  store i64 %40, i64* %55, align 8, !dbg !49
  %56 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %57 = icmp ugt i64 %56, 65536, !dbg !49
  %58 = select i1 %57, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %35, i64 %58) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %rec.done
  %59 = bitcast i32* %zero to i8*, !dbg !49
  %60 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %59) #0, !dbg !49
  %.not13 = icmp eq i8* %60, null, !dbg !49
  br i1 %.not13, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %61 = getelementptr i8, i8* %ctx, i64 32, !dbg !50
  %62 = bitcast i8* %61 to i32*, !dbg !50
  %63 = load i32, i32* %62, align 4, !dbg !50
  %64 = load i64, i64* %1, align 8, !dbg !50
  %65 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !50
  %.not14 = icmp eq i8* %65, null, !dbg !50
  br i1 %.not14, label %rec.lost7, label %rec.fill6, !dbg !50

stat.inc4:                                        ; preds = %rec.lost2
  %66 = bitcast i8* %60 to i64*, !dbg !49
  %67 = load i64, i64* %66, align 8, !dbg !49
  %68 = add i64 %67, 1, !dbg !49
  store i64 %68, i64* %66, align 8, !dbg !49
  br label %rec.done3, !dbg !49

rec.fill6:                                        ; preds = %rec.done3
  %69 = zext i32 %63 to i64, !dbg !50
  %70 = icmp ugt i64 %64, %69, !dbg !50
  %71 = zext i1 %70 to i64, !dbg !50
  %72 = bitcast i8* %65 to i64*, !dbg !50
  store i64 8589934593, i64* %72, align 8, !dbg !50
  %73 = getelementptr i8, i8* %65, i64 8, !dbg !50
  %74 = bitcast i8* %73 to i64*, !dbg !50
  store i64 %71, i64* %74, align 8, !dbg !50
  %75 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %76 = icmp ugt i64 %75, 65536, !dbg !50
  %77 = select i1 %76, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %65, i64 %77) #0, !dbg !50
  br label %rec.done8, !dbg !50

rec.lost7:                                        ; preds = %rec.done3
  %78 = bitcast i32* %zero to i8*, !dbg !50
  %79 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %78) #0, !dbg !50
  %.not15 = icmp eq i8* %79, null, !dbg !50
  br i1 %.not15, label %rec.done8, label %stat.inc9, !dbg !50

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  ret i32 0, !dbg !47

stat.inc9:                                        ; preds = %rec.lost7
  %80 = bitcast i8* %79 to i64*, !dbg !50
  %81 = load i64, i64* %80, align 8, !dbg !50
  %82 = add i64 %81, 1, !dbg !50
  store i64 %82, i64* %80, align 8, !dbg !50
  br label %rec.done8, !dbg !50
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
!3 = !DIFile(filename: "ops_compare.tp", directory: ".")
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
!40 = distinct !DISubprogram(name: "tp0_sys_enter_lseek", linkageName: "tp0_sys_enter_lseek", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 5, column: 2, scope: !40)
!50 = !DILocation(line: 6, column: 2, scope: !40)
